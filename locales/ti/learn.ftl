# Passage interface messages (ti): Learning: lessons, exercises, feedback and review.
