obj.#x
