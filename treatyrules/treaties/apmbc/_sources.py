"""Where the Convention's text was checked (ids from docs/sources/apmbc.md §0)."""

T1 = "APMBC English text, Dutch Treaty Series mirror (T1 in docs/sources/apmbc.md §0)"
T4 = "Swiss SR 0.515.092, Arts. 20-23 (T4)"
T7 = "UNODA, 'Joining the Mine Ban Convention' (T7)"
T9 = "UNODA overview: 40th ratification and entry into force (T9)"
T10 = "ICRC 1998, 'The Ottawa Treaty Explained', §2.7 Withdrawal (T10)"
FACTS = "docs/sources/apmbc.md"
