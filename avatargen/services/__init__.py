"""Use cases shared by the web pages, the REST API and the CLI."""
