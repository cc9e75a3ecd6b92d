#pragma once

class QWidget;

namespace dsn::gui {

// Room kept for the window manager's title bar and frame, which Qt cannot know before the
// window is shown.
inline constexpr int kWindowFrameAllowance = 40;

// Sizes a top-level window so that it, its frame and title bar fit the available area of its
// screen (a counter's screen is 1366x768 with a panel), and centres it there. A window that
// already fits keeps its size.
void fitToScreen(QWidget *window);

} // namespace dsn::gui
