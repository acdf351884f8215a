"""Hostile and broken input: spaceparse never crashes, never hangs, never loses work (issue 5)."""
