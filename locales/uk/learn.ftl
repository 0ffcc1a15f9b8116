# Passage interface messages (uk): Learning: lessons, exercises, feedback and review.
