import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PlatformWebUiComponent } from './platform-web-ui.component';

describe('PlatformWebUiComponent', () => {
  let component: PlatformWebUiComponent;
  let fixture: ComponentFixture<PlatformWebUiComponent>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PlatformWebUiComponent],
    }).compileComponents();

    fixture = TestBed.createComponent(PlatformWebUiComponent);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
