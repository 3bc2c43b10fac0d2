#pragma once

#include <QMainWindow>

namespace dd::ui {

// The one window of the app. For now: the frame the instance list and pages will live in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace dd::ui
