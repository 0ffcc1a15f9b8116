# Passage interface messages (fr): Learning: lessons, exercises, feedback and review.
