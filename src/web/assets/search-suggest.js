// Search suggestions as you type (progressive enhancement; the search form works without it).
// ARIA 1.2 combobox: the input owns a listbox of article titles from /api/search/suggest.
// Arrow keys move through the options, Enter opens the chosen article, Escape closes the list.
// Loaded as a module from the search page; the CSP allows only same-origin scripts.

const DELAY_MS = 150;
let counter = 0;

function enhance(input) {
  if (input.dataset.suggestReady === "1") return;
  input.dataset.suggestReady = "1";
  const url = input.dataset.suggestUrl || "/api/search/suggest";
  const lang = document.documentElement.lang === "ru" ? "ru" : "";
  counter += 1;
  const listId = `search-suggest-${counter}`;

  const list = document.createElement("ul");
  list.id = listId;
  list.className = "search-suggest";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.dataset.suggestLabel || "Suggestions");
  list.hidden = true;
  input.insertAdjacentElement("afterend", list);
  input.parentElement?.classList.add("search-suggest-host");

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  let timer = 0;
  let controller = null;
  let active = -1;
  let items = [];

  function close() {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    active = index;
    items.forEach((item, i) => {
      item.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0 && items[index]) input.setAttribute("aria-activedescendant", items[index].id);
    else input.removeAttribute("aria-activedescendant");
  }

  function show(suggestions) {
    list.replaceChildren();
    items = suggestions.map((suggestion, i) => {
      const item = document.createElement("li");
      item.id = `${listId}-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.url = suggestion.url;
      if (suggestion.language) item.lang = suggestion.language;
      // textContent, never innerHTML: titles are data, not markup.
      item.textContent = suggestion.title;
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        window.location.assign(suggestion.url);
      });
      list.append(item);
      return item;
    });
    active = -1;
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length > 0 ? "true" : "false");
  }

  async function fetchSuggestions() {
    const q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    const params = new URLSearchParams({ q });
    if (lang) params.set("lang", lang);
    try {
      const response = await fetch(`${url}?${params}`, {
        signal: controller.signal,
        headers: { accept: "application/json" },
      });
      if (!response.ok) return close();
      const body = await response.json();
      if (input.value.trim() !== q) return;
      show(Array.isArray(body.suggestions) ? body.suggestions.slice(0, 8) : []);
    } catch (error) {
      if (error?.name !== "AbortError") close();
    }
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden || items.length === 0) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0 && items[active]) {
      event.preventDefault();
      window.location.assign(items[active].dataset.url);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 100));
}

for (const input of document.querySelectorAll("input[data-suggest-url], input#site-search")) enhance(input);
