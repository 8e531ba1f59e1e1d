"""Integrations with other tools, each an optional extra.

* :mod:`articlekit.integrations.dask`: clean a Dask bag on a cluster
  (``pip install "articlekit[dask]"``).
* :mod:`articlekit.integrations.scrapy`: a Scrapy item pipeline
  (``pip install "articlekit[scrapy]"``).
"""
