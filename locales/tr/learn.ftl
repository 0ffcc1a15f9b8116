# Passage interface messages (tr): Learning: lessons, exercises, feedback and review.
