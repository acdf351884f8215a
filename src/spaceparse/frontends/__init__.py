"""Input adapters: each turns a decoded page into a :class:`~spaceparse.blocks.Document`.

``text`` handles scraped plain text; ``html`` handles markup (and is the only
module that imports an HTML parser). Both feed the same segmentation rules.
"""
