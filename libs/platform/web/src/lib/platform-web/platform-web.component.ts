import { Component } from '@angular/core';

@Component({
  selector: 'lms-platform-web',
  imports: [],
  templateUrl: './platform-web.component.html',
  styleUrl: './platform-web.component.css',
})
export class PlatformWebComponent {}
