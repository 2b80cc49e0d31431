"""Review Desk: review English -> Russian / Ukrainian news translations."""

__version__ = "0.1.0"
