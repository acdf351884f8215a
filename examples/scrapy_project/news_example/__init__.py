"""Example Scrapy project for spaceparse (see README.md)."""
