"""Tests of each built-in filter on its own."""
