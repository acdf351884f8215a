"""Integrations with other tools (Scrapy, Dask, Spark), each behind its own extra.

Nothing in the parsing core imports these modules; ``import spaceparse`` stays light.
"""
