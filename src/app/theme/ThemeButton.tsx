import { Icon } from "../ui/icons";
import { toggleTheme, useTheme } from "./theme";

/** Light / dark toggle; until it is used, the theme follows the system setting. */
export function ThemeButton() {
  const theme = useTheme((s) => s.theme);
  const choice = useTheme((s) => s.choice);
  const next = theme === "dark" ? "light" : "dark";
  return (
    <button
      className="flex items-center rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100"
      onClick={toggleTheme}
      data-testid="toolbar.theme"
      data-theme={theme}
      aria-label={`Switch to the ${next} theme`}
      title={`Switch to the ${next} theme${choice === "system" ? " (now following the system setting)" : ""}`}
    >
      <Icon name={theme === "dark" ? "sun" : "moon"} />
    </button>
  );
}
