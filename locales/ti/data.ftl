# Passage interface messages (ti): The learner's data: progress, storage, export and import.
