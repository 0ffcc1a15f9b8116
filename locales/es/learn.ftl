# Passage interface messages (es): Learning: lessons, exercises, feedback and review.
