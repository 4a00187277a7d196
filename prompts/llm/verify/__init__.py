"""The checks behind the citation check: a paper as evidence, and what a claim must agree
with in it (numbers, names, negation and direction, bindings, swapped words)."""
