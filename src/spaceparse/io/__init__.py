"""The edge: reading pages from files, folders and streams, writing results.

Nothing here is imported by the parsing core.
"""
