"""Helpers for tests and benchmarks (a throwaway PostgreSQL server); not used by the product."""
