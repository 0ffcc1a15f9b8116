# Passage interface messages (so): Learning: lessons, exercises, feedback and review.
