# Passage interface messages (de): Learning: lessons, exercises, feedback and review.
