# Passage interface messages (ru): Learning: lessons, exercises, feedback and review.
