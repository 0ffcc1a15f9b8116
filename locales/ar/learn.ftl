# Passage interface messages (ar): Learning: lessons, exercises, feedback and review.
