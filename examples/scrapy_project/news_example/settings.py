"""Settings of the example project: polite defaults, Articles exported as they are."""

BOT_NAME = "news_example"
SPIDER_MODULES = ["news_example.spiders"]
NEWSPIDER_MODULE = "news_example.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"

# Turns raw page items ({"url", "html"|"text"}) into Articles; Articles pass through.
ITEM_PIPELINES = {"spaceparse.contrib.scrapy.SpaceparsePipeline": 300}
