// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace dd::ui {

// The application's style, with one change for start-up (issue 21): the icon of the menu bar's and
// the toolbar's overflow button (shown only when they do not fit) is loaded when first painted,
// not when the button is made; loading it opens Qt's image-format plugins before the first frame.
class LazyOverflowIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    // Makes it the application's style (the same style, by name) unless it already is.
    static void install();
};

} // namespace dd::ui
