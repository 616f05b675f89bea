"""Treaty-agnostic engine parts: truth values, citations, rules, findings, verdicts,
interpretation points and calendar arithmetic. Nothing here knows about mines or
any particular treaty."""
