"""``python -m treatyrules`` runs the command line."""

from .console import entry

if __name__ == "__main__":
    entry()
