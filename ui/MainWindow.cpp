#include "MainWindow.h"

#include <QLabel>

namespace dd::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Directus Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/directus-desktop.svg")));
    auto *placeholder = new QLabel(tr("No instances yet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(960, 640);
}

} // namespace dd::ui
