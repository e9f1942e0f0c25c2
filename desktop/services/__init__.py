"""Use cases: one module per area. Checks roles, opens transactions, writes the audit log. No Qt."""
