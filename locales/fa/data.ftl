# Passage interface messages (fa): The learner's data: progress, storage, export and import.
