# Passage interface messages (fa): Learning: lessons, exercises, feedback and review.
