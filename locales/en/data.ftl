# Passage interface messages (en): The learner's data: progress, storage, export and import.
