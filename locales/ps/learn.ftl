# Passage interface messages (ps): Learning: lessons, exercises, feedback and review.
