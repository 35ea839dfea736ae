"""Read queries, one module per area. Services call these; nothing else builds a query."""
