"""articlekit test suite."""
