"""Translation memory: approved segment pairs reused across projects (issue 10). Qt-free."""
