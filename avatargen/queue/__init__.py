"""Task queues: local threads with a database lease (default); Celery comes later."""
