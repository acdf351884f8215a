"""One module per segmentation rule; :data:`spaceparse.segment.RULE_NAMES` sets their order.

What the rules recognise in a line (dates, bylines, credits, labels, furniture) lives in
:mod:`spaceparse.recognisers`, shared with the front ends.

- ``boilerplate``: lines that are never article text (menus, share bars, pitches, footers)
- ``zone``: the main content span (densest run of prose)
- ``related``: the related-stories block and its items
- ``headline``: the article's headline
- ``categories``: label line(s) above the headline, tag lines after the article
- ``byline``: authors and publication date
- ``credit``: image credit and caption
- ``dek``: the standfirst under the headline
- ``body``: the paragraphs that remain
"""
