"""Generation pipeline: data stage, then image stage; pure of Flask request state."""

from avatargen.pipeline.run import TaskCancelled, run_task

__all__ = ["TaskCancelled", "run_task"]
