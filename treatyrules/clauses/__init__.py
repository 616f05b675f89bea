"""Clause building blocks shared by treaties: consent and entry into force, withdrawal
and its deferral, revocation. A treaty module declares instances of these with its
own citations and paraphrases; the behaviour lives here, once."""
