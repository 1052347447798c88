"""`extract`: find the commitments in a declaration's text, for a person to review."""
