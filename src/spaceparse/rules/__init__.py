"""One module per segmentation rule; :data:`spaceparse.segment.RULES` sets their order.

- ``boilerplate``: lines that are never article text (menus, share bars, pitches, footers)
- ``zone``: the main content span (densest run of prose)
- ``related``: the related-stories block and its items
- ``headline``: the article's headline
- ``categories``: label line(s) and glued-label splitting (``labels`` holds the splitter)
- ``byline``: authors and publication date (``dates`` holds the date parser)
- ``credit``: image credit and caption
- ``dek``: the standfirst under the headline
- ``body``: the paragraphs that remain
"""
