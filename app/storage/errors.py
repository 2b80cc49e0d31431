"""Expected failures when opening or writing a project; ``str()`` is a message for the user."""

from __future__ import annotations


class ProjectError(Exception):
    pass


class NotAProject(ProjectError):
    pass


class NewerProject(ProjectError):
    pass


class ProjectLocked(ProjectError):
    pass


class ProjectReadOnly(ProjectError):
    pass


class ProjectMissing(ProjectError):
    pass


class ProjectExists(ProjectError):
    pass


class ProjectNotCreated(ProjectError):
    pass
