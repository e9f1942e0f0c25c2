"""The PostgreSQL test cluster (issue 18)."""
