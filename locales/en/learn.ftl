# Passage interface messages (en): Learning: lessons, exercises, feedback and review.
