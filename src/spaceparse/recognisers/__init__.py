"""Recognisers: what a piece of text is, whichever front end it came from.

Small, pure functions over strings (no DOM, no blocks' positions, no rules), shared by the
HTML and text front ends and by the segmentation rules, so that both input kinds get one
answer for the same line:

- ``dates``: dates as pages print them (many languages and numeric orders) and as markup
  stores them;
- ``bylines``: bylines and author values, split into people;
- ``credits``: image credits and captions;
- ``labels``: label lines, glued labels split (``InternationalLunar``);
- ``furniture``: boilerplate lines, barrier headings, related-block headings;
- ``prose``: words, sentences, title-like lines;
- ``sites``: site names, home links, title suffixes;
- ``urls``: absolute links, hosts, dates in paths.
"""
