/**
 * Light or dark: follows the system setting until the person picks one with
 * the toggle, which is remembered. The chosen theme is a class on <html>
 * (`dark`), which the stylesheet's dark palette keys on.
 */
import { create } from "zustand";
import { readPref, writePref } from "../ui/ui-prefs";

export type ThemeChoice = "system" | "light" | "dark";
export type Theme = "light" | "dark";

const isChoice = (v: unknown): v is ThemeChoice => v === "system" || v === "light" || v === "dark";
const media = () => (typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : undefined);

function resolve(choice: ThemeChoice): Theme {
  if (choice !== "system") return choice;
  return media()?.matches ? "dark" : "light";
}

interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
}

export const useTheme = create<ThemeState>()(() => {
  const choice = readPref<ThemeChoice>("theme", "system", isChoice);
  return { choice, theme: resolve(choice) };
});

function apply(theme: Theme): void {
  document.documentElement.classList.toggle("dark", theme === "dark");
  document.documentElement.style.colorScheme = theme;
}

/** Sets the theme on the page now and follows the system while the choice is "system". */
export function startTheme(): void {
  apply(useTheme.getState().theme);
  useTheme.subscribe((s) => apply(s.theme));
  media()?.addEventListener("change", () => {
    const { choice } = useTheme.getState();
    if (choice === "system") useTheme.setState({ theme: resolve("system") });
  });
}

export function chooseTheme(choice: ThemeChoice): void {
  writePref("theme", choice);
  useTheme.setState({ choice, theme: resolve(choice) });
}

/** The toggle: to the other theme than the one shown (a pick is remembered over the system's). */
export function toggleTheme(): void {
  chooseTheme(useTheme.getState().theme === "dark" ? "light" : "dark");
}
