"""Track dated commitments made at summits in a hand-editable TOML ledger."""

__version__ = "0.1.0"
